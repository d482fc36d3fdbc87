// Small browser helpers for the FactCheck workbench. No user text is ever evaluated here.
window.factcheck = (() => {
    let shortcutHandler = null;

    function isTyping(el) {
        if (!el) return false;
        const tag = el.tagName;
        return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
    }

    // Offset of a DOM position inside the article: each text segment carries data-s, its start in the original text.
    function offsetOf(container, node, offset) {
        let el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
        if (node.nodeType !== Node.TEXT_NODE) {
            // A position between child elements: use the start of the child at that index, or the end of the one before.
            const child = node.childNodes[offset];
            if (child && child.nodeType === Node.ELEMENT_NODE && child.dataset.s !== undefined) return Number(child.dataset.s);
            const before = node.childNodes[offset - 1];
            if (before && before.nodeType === Node.ELEMENT_NODE && before.dataset.s !== undefined)
                return Number(before.dataset.s) + before.textContent.length;
            return null;
        }
        while (el && el !== container && el.dataset.s === undefined) el = el.parentElement;
        if (!el || el.dataset.s === undefined) return null;
        return Number(el.dataset.s) + offset;
    }

    // Scrolls only the box (as scrollIntoView's "nearest" would), not the page around it. At once, not smoothly: a
    // smooth scroll still running when the virtualised list re-renders can stop short, leaving the row out of view.
    function scrollWithin(box, el) {
        if (!box) return;
        const outer = box.getBoundingClientRect(), inner = el.getBoundingClientRect();
        const delta = inner.top < outer.top ? inner.top - outer.top : inner.bottom > outer.bottom ? inner.bottom - outer.bottom : 0;
        if (delta !== 0) box.scrollBy({ top: delta, behavior: "instant" });
    }

    let pasteGuard = null;

    return {
        // A paste far over the limit would be sent to the server in one message and drop the connection:
        // stop it in the browser, clear the box and let the page say why.
        guardPaste(dotnet, inputId, maxChars) {
            if (pasteGuard) window.removeEventListener("change", pasteGuard, true);
            pasteGuard = e => {
                const el = e.target;
                if (!el || el.id !== inputId || el.value.length <= maxChars) return;
                e.stopImmediatePropagation();
                const length = el.value.length;
                el.value = "";
                dotnet.invokeMethodAsync("PasteTooLong", length);
            };
            window.addEventListener("change", pasteGuard, true);
            document.documentElement.dataset.pasteGuard = "ready";
        },
        unguardPaste() {
            if (pasteGuard) window.removeEventListener("change", pasteGuard, true);
            pasteGuard = null;
        },
        registerShortcuts(dotnet) {
            if (shortcutHandler) document.removeEventListener("keydown", shortcutHandler);
            shortcutHandler = e => {
                if (e.ctrlKey || e.metaKey || e.altKey || isTyping(document.activeElement)) return;
                if (["j", "k", "ArrowDown", "ArrowUp", "n", "?", "Escape"].includes(e.key)) {
                    // Popovers (menus, selects) handle their own arrows and Escape.
                    if (document.querySelector(".mud-popover-open")) return;
                    if (e.key !== "Escape") e.preventDefault();
                    dotnet.invokeMethodAsync("OnShortcut", e.key);
                } else if (/^[1-9]$/.test(e.key)) {
                    // The verdict with that number on the open claim's scale: the same button a click would press, so
                    // locks, conflicts and saving behave exactly as with the mouse.
                    const buttons = document.querySelectorAll("[data-testid=verdict-picker] button");
                    const button = buttons[Number(e.key) - 1];
                    if (button && !button.disabled) {
                        e.preventDefault();
                        button.click();
                    }
                }
            };
            document.addEventListener("keydown", shortcutHandler);
            document.documentElement.dataset.shortcuts = "ready";
        },
        unregisterShortcuts() {
            if (shortcutHandler) document.removeEventListener("keydown", shortcutHandler);
            shortcutHandler = null;
            delete document.documentElement.dataset.shortcuts;
        },
        // The claim list is virtualised: a row far from view is not on the page, so scroll the list to where its
        // fixed-height row sits (index * rowHeight) and let the list render it there.
        // Side by side (from 960 px, app.css .workbench-grid) the row and the highlight are scrolled into view. Stacked
        // (a phone) that would scroll the whole page up to the article, away from the claim just tapped: there only
        // the list and the article box scroll, and a claim the user chose (showEditor) brings its editor into view.
        reveal(claimId, index, rowHeight, showEditor) {
            const stacked = !window.matchMedia("(min-width: 960px)").matches;
            const row = document.querySelector(`#claim-${claimId}`);
            const list = document.querySelector("[data-testid=claim-list]");
            const mark = document.querySelector(`#article-text mark[data-claim="${claimId}"]`);
            // Only the list and the article box scroll: side by side the article column stays in view (it sticks), and the
            // page stays where the reviewer is working (a key pressed in the explanation's section does not jump to the list).
            if (row) scrollWithin(list, row);
            else if (list && index >= 0 && rowHeight > 0) list.scrollTop = Math.max(0, index * rowHeight - list.clientHeight / 2);
            if (mark) scrollWithin(mark.closest(".article-pane"), mark);
            // At once: in Chromium on a touch screen, a smooth scroll of the page begun here left the page where it was.
            if (stacked && showEditor) document.querySelector("[data-testid=claim-editor]")?.scrollIntoView({ block: "start" });
        },
        selectionOffsets(containerId) {
            const container = document.getElementById(containerId);
            const sel = window.getSelection();
            if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
            const range = sel.getRangeAt(0);
            if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
            const start = offsetOf(container, range.startContainer, range.startOffset);
            const end = offsetOf(container, range.endContainer, range.endOffset);
            if (start === null || end === null) return null;
            return [Math.min(start, end), Math.max(start, end)];
        },
        async copyText(text) {
            if (navigator.clipboard && window.isSecureContext) {
                await navigator.clipboard.writeText(text);
                return;
            }
            // Plain-http deployments have no clipboard API: fall back to a hidden textarea.
            const area = document.createElement("textarea");
            area.value = text;
            area.setAttribute("readonly", "");
            area.style.position = "fixed";
            area.style.opacity = "0";
            document.body.appendChild(area);
            area.select();
            const ok = document.execCommand("copy");
            area.remove();
            if (!ok) throw new Error("copy refused");
        },
    };
})();

// A click in the article's text (ArticleTextView's @onclaimclick): its highlights are shared HTML without handlers of their
// own, so the claim is read from the mark clicked. Registered before the circuit starts, which attaches the handler.
if (window.Blazor) {
    Blazor.registerCustomEventType("claimclick", {
        browserEventName: "click",
        createEventArgs: e => {
            const mark = e.target instanceof Element ? e.target.closest("mark[data-claim]") : null;
            return { claimId: mark ? Number(mark.dataset.claim) : null };
        },
    });
}

// "/" anywhere outside a text field puts the cursor in the top bar's search box (as on GitHub or Gmail).
document.addEventListener("keydown", e => {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    const active = document.activeElement;
    if (active && (active.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(active.tagName))) return;
    const box = document.getElementById("top-search");
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
});
