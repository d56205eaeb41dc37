//! `Formats`, from `openapi.yaml#/components/schemas/Formats`.

/// One field for each supported format.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Formats {
    #[serde(
        rename = "dateTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub uuid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub int32: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub int64: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub float: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub double: Option<f64>,
    /// Base64 bytes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub byte: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email: Option<String>,
    #[serde(rename = "plainInteger", default, skip_serializing_if = "Option::is_none")]
    pub plain_integer: Option<i64>,
    #[serde(rename = "plainNumber", default, skip_serializing_if = "Option::is_none")]
    pub plain_number: Option<f64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Formats {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Formats {
            date_time: None,
            date: None,
            uuid: None,
            int32: None,
            int64: None,
            float: None,
            double: None,
            byte: None,
            email: None,
            plain_integer: None,
            plain_number: None,
            additional_properties: Default::default(),
        }
    }
}
