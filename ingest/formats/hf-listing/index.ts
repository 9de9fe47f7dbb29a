/** Hugging Face "Daily Papers" listing format: the registry entry and its pure parser. */
export { hfListing, parseListing, TITLE_MAX } from "./hf-listing.ts";
