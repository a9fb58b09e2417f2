const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Formats a duration in seconds with its two largest units, such as "2 d 4 h", "3 h 20 min" or
 * "45 min". Durations under a minute read as "Under 1 min".
 */
export function formatDuration(seconds: number): string {
  if (seconds < MINUTE) {
    return "Under 1 min";
  }

  const days = Math.floor(seconds / DAY);
  const hours = Math.floor((seconds % DAY) / HOUR);
  const minutes = Math.floor((seconds % HOUR) / MINUTE);
  if (days > 0) {
    return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  }
  if (hours > 0) {
    return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  }

  return `${minutes} min`;
}
