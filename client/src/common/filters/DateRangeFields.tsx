import TextField from "@mui/material/TextField";

interface DateRangeFieldsProps {
  fromLabel: string;
  toLabel: string;
  /** First day of the range as YYYY-MM-DD; undefined for an open start. */
  from: string | undefined;
  /** Last day of the range as YYYY-MM-DD; undefined for an open end. */
  to: string | undefined;
  /** True when the range ends before it starts, which marks the end date as invalid. */
  reversed: boolean;
  onChange: (from: string | undefined, to: string | undefined) => void;
}

/**
 * Two calendar-date inputs for a range, each of which may stay empty. The browser's date input
 * reports a value only once a whole date is entered, so each change is a complete date or none.
 */
export function DateRangeFields({ fromLabel, toLabel, from, to, reversed, onChange }: DateRangeFieldsProps) {
  return (
    <>
      <TextField
        label={fromLabel}
        type="date"
        size="small"
        value={from ?? ""}
        onChange={(event) => onChange(event.target.value || undefined, to)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: to } }}
        sx={{ minWidth: 170 }}
      />
      <TextField
        label={toLabel}
        type="date"
        size="small"
        value={to ?? ""}
        onChange={(event) => onChange(from, event.target.value || undefined)}
        error={reversed}
        helperText={reversed ? "Must not be before the start date" : undefined}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: from } }}
        sx={{ minWidth: 170 }}
      />
    </>
  );
}
