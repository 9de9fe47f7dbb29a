/**
 * A two-thumb range slider: two `<input type=range>` over one track, each with its own label, so
 * the keyboard (arrows, Page Up/Down, Home/End) and screen readers work as with any slider. The
 * thumbs never cross. `onInput` runs at most once per animation frame with the latest values, so
 * dragging over a map of 10^5 nodes asks for one redraw per frame, not one per pointer event.
 */
import { h } from "../dom.ts";

export interface RangeSliderOptions {
  /** Prefix of the element ids: `${id}-from`, `${id}-to`, `${id}-value`. */
  id: string;
  min: number;
  max: number;
  /** The group's name ("Years"), and each thumb's ("From year", "To year"). */
  label: string;
  thumbLabels: [string, string];
  format: (value: number) => string;
  onInput: (from: number, to: number) => void;
}

export interface RangeSlider {
  root: HTMLElement;
  /** Shows a range (null = that end of the track) without calling `onInput`. */
  set(from: number | null, to: number | null): void;
}

export function rangeSlider(o: RangeSliderOptions): RangeSlider {
  const thumb = (which: "from" | "to", label: string) =>
    h("input", {
      type: "range",
      id: `${o.id}-${which}`,
      class: `range-thumb range-${which}`,
      min: o.min,
      max: o.max,
      step: 1,
      value: which === "from" ? o.min : o.max,
      "aria-label": label,
    });
  const from = thumb("from", o.thumbLabels[0]);
  const to = thumb("to", o.thumbLabels[1]);
  const fill = h("div", { class: "range-fill" });
  const value = h("output", { id: `${o.id}-value`, for: `${o.id}-from ${o.id}-to` });
  const root = h(
    "div",
    { class: "range", role: "group", "aria-labelledby": `${o.id}-label` },
    h("div", { class: "range-head" }, h("span", { id: `${o.id}-label`, text: o.label }), value),
    h("div", { class: "range-track" }, fill, from, to),
  );

  const span = Math.max(1, o.max - o.min);
  /** Fill, text and which thumb is on top: the lower one when both sit at the track's right end. */
  const show = () => {
    const [a, b] = [Number(from.value), Number(to.value)];
    fill.style.left = `${((a - o.min) / span) * 100}%`;
    fill.style.right = `${((o.max - b) / span) * 100}%`;
    value.textContent = a === b ? o.format(a) : `${o.format(a)} – ${o.format(b)}`;
    from.setAttribute("aria-valuetext", o.format(a));
    to.setAttribute("aria-valuetext", o.format(b));
    from.classList.toggle("on-top", a > o.min + span / 2);
  };
  let frame = 0;
  const changed = (moved: HTMLInputElement, other: HTMLInputElement, lower: boolean) => {
    const [v, w] = [Number(moved.value), Number(other.value)];
    if (lower ? v > w : v < w) moved.value = other.value; // thumbs never cross
    show();
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      o.onInput(Number(from.value), Number(to.value));
    });
  };
  from.addEventListener("input", () => changed(from, to, true));
  to.addEventListener("input", () => changed(to, from, false));
  show();
  return {
    root,
    set(a, b) {
      from.value = String(a === null ? o.min : Math.max(o.min, Math.min(o.max, a)));
      to.value = String(b === null ? o.max : Math.max(o.min, Math.min(o.max, b)));
      show();
    },
  };
}
