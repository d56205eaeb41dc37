//! `ReportConfigDto`, from `beta/schemas/ReportConfigDTO.yaml`.

/// `ReportConfigDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReportConfigDto {
    /// Name of column in report
    #[serde(
        rename = "columnName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub column_name: Option<String>,
    /// If true, column is required in all reports, and this entry is immutable. A 400 error will result from any attempt to modify the column's definition.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub required: Option<bool>,
    /// If true, column is included in the report. A 400 error will be thrown if an attempt is made to set included=false if required==true.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub included: Option<bool>,
    /// Relative sort order for the column. Columns will be displayed left-to-right in nondecreasing order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ReportConfigDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ReportConfigDto {
            column_name: None,
            required: None,
            included: None,
            order: None,
            additional_properties: Default::default(),
        }
    }
}
