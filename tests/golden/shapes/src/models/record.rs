//! `Record`, from `openapi.yaml#/components/schemas/Record`.

/// A plain struct with required and optional fields.
///
/// Field rules:
/// - `id` is assigned by the server
///   and never sent by the client
/// - `password` is only ever written
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Record {
    /// Server-assigned id.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Display name, shown as &lt;name> in <https://example.com/records>; see \[Naming\].
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Optional, may be null.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Required but may be null.
    #[serde(
        rename = "ownerId",
        default,
        deserialize_with = "crate::lenient::string_option"
    )]
    pub owner_id: Option<String>,
    /// Write-only secret.
    ///
    /// Write-only: sent, never returned.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub password: Option<String>,
    /// Deprecated; use `name` instead.
    ///
    /// **Deprecated** in the spec.
    #[serde(
        rename = "legacyCode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub legacy_code: Option<String>,
    /// Whether enabled. Defaults to true.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub enabled: Option<bool>,
    /// Priority between 1 and 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Record {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        Record {
            id: None,
            name: name.into(),
            description: None,
            owner_id: None,
            password: None,
            legacy_code: None,
            enabled: None,
            priority: None,
            additional_properties: Default::default(),
        }
    }
}
