/**
 * Colour mode: a switch between cluster colours and the time overlay, and the overlay's legend — a
 * gradient bar from early to late with its end labels, what it measures (average publication year,
 * or publication week on a daily listing) and the grey of nodes without a date. Mirrors the state.
 */
import { append, h } from "../dom.ts";
import { COLOR_MODES, setColorMode, type ColorMode, type ViewState } from "../state.ts";
import { formatTime, TIME_GRADIENT, TIME_UNKNOWN_COLOR, type TimeScale } from "../time.ts";
import type { PanelContext } from "./context.ts";

const MODE_TITLES: Record<ColorMode, string> = { clusters: "clusters", time: "time" };

/** The overlay's legend for a scale; its ends say "≤" / "≥" where the ramp clips outliers. */
function timeLegend(time: TimeScale): HTMLElement {
  const bar = h("div", { class: "time-gradient", id: "time-gradient", role: "img" });
  bar.style.background = TIME_GRADIENT;
  const lo = `${time.lo > time.min ? "≤ " : ""}${formatTime(time.lo, time.unit)}`;
  const hi = `${time.hi < time.max ? "≥ " : ""}${formatTime(time.hi, time.unit)}`;
  bar.setAttribute("aria-label", `Colour scale from ${lo} to ${hi}`);
  const unknown = h("span", { class: "swatch" });
  unknown.style.background = TIME_UNKNOWN_COLOR;
  const caption =
    time.unit === "year"
      ? "Average publication year (concepts: of their papers)"
      : "Publication week, by its Monday (concepts: average of their papers)";
  return h(
    "div",
    { class: "time-legend", id: "time-legend", "data-unit": time.unit },
    h("div", { class: "time-caption", id: "time-caption", text: caption }),
    bar,
    h("div", { class: "time-ends" }, h("span", { id: "time-min", text: lo }), h("span", { id: "time-max", text: hi })),
    h("div", { class: "row muted" }, unknown, h("span", { text: "no date" })),
  );
}

export function mountColorMode(root: HTMLElement, ctx: PanelContext): void {
  const time = ctx.meta.time;
  const radios = COLOR_MODES.map((mode) => {
    const disabled = mode === "time" && time === null;
    return h("input", { type: "radio", name: "color-mode", value: mode, id: `color-${mode}`, disabled });
  });
  const group = h(
    "div",
    { class: "row color-mode", role: "radiogroup", "aria-labelledby": "color-mode-label" },
    h("span", { id: "color-mode-label", text: "Colour by" }),
    ...radios.map((radio, k) =>
      h(
        "label",
        { title: radio.disabled ? "No paper has a publication year" : null },
        radio,
        MODE_TITLES[COLOR_MODES[k]!],
      ),
    ),
  );
  const legend = time ? timeLegend(time) : null;
  append(root, group, legend);
  for (const radio of radios)
    radio.addEventListener("change", () => radio.checked && ctx.store.update(setColorMode(radio.value as ColorMode)));

  const sync = (state: ViewState) => {
    for (const radio of radios) radio.checked = radio.value === state.colorMode;
    if (legend) legend.hidden = state.colorMode !== "time";
  };
  sync(ctx.store.get());
  ctx.store.subscribe((state, previous) => {
    if (state.colorMode !== previous.colorMode) sync(state);
  });
}
