import Checkbox from "@mui/material/Checkbox";
import FormControl from "@mui/material/FormControl";
import InputLabel from "@mui/material/InputLabel";
import ListItemText from "@mui/material/ListItemText";
import MenuItem from "@mui/material/MenuItem";
import OutlinedInput from "@mui/material/OutlinedInput";
import Select, { type SelectChangeEvent } from "@mui/material/Select";
import { useId } from "react";

export interface FilterOption<V extends string> {
  value: V;
  label: string;
}

interface MultiSelectFilterProps<V extends string> {
  label: string;
  options: ReadonlyArray<FilterOption<V>>;
  selected: readonly V[];
  /** Receives the new selection; an empty one means "every value". */
  onChange: (selected: V[]) => void;
  minWidth?: number;
}

/** Renders a select of several values with a check box each, where an empty selection shows "All". */
export function MultiSelectFilter<V extends string>({ label, options, selected, onChange, minWidth = 220 }: MultiSelectFilterProps<V>) {
  const labelId = useId();
  const labelOf = (value: V) => options.find((option) => option.value === value)?.label ?? value;

  function handleChange(event: SelectChangeEvent<V[]>) {
    const value = event.target.value;

    onChange((typeof value === "string" ? value.split(",") : value) as V[]);
  }

  return (
    <FormControl size="small" sx={{ minWidth, maxWidth: { sm: 320 } }}>
      {/* The label stays raised because the empty selection shows "All". */}
      <InputLabel id={labelId} shrink>
        {label}
      </InputLabel>
      <Select<V[]>
        labelId={labelId}
        input={<OutlinedInput label={label} notched />}
        multiple
        value={[...selected]}
        onChange={handleChange}
        renderValue={(values) => (values.length === 0 ? "All" : values.map(labelOf).join(", "))}
        displayEmpty
      >
        {options.map((option) => (
          <MenuItem key={option.value} value={option.value}>
            <Checkbox checked={selected.includes(option.value)} size="small" />
            <ListItemText primary={option.label} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
