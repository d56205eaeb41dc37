//! `TransformsInput`, from `apis/transforms/schemas/input.yaml`.

/// This is an optional attribute that can explicitly define the input data which will be fed into the transform logic. If input is not provided, the transform will take its input from the source and attribute combination configured via the UI.
pub type TransformsInput = serde_json::Map<String, serde_json::Value>;
