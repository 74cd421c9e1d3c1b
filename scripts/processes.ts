// Whether a process still runs: a folder named after a process id (a staging folder, a browser
// profile) whose process is gone was left by a run that was killed, and may be swept.

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
