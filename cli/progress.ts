/**
 * Progress for long jobs: a bar with rate and ETA on a TTY, nothing in CI or when piped (GUIDE §5).
 */
import cliProgress from "cli-progress";

export interface ProgressBar {
  start(label: string, total: number): void;
  update(done: number): void;
  stop(): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY || process.env["CI"]) return { start() {}, update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: " {label} |{bar}| {value}/{total} papers | {rate}/s | ETA {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = 0;
  let active = false;
  return {
    start(label, total) {
      if (active) bar.stop();
      started = Date.now();
      active = true;
      bar.start(total, 0, { label, rate: "0" });
    },
    update(done) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds).toString() : "0" });
    },
    stop() {
      if (active) bar.stop();
      active = false;
    },
  };
}
