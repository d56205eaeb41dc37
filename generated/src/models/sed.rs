//! `Sed`, from `beta/schemas/Sed.yaml`.

/// Suggested Entitlement Description
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Sed {
    /// name of the entitlement
    #[serde(
        rename = "Name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// entitlement approved by
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub approved_by: Option<String>,
    /// entitlement approved type
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub approved_type: Option<String>,
    /// entitlement approved then
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub approved_when: Option<chrono::DateTime<chrono::Utc>>,
    /// entitlement attribute
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute: Option<String>,
    /// description of entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// entitlement display name
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// sed id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// entitlement source id
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// entitlement source name
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// entitlement status
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub status: Option<String>,
    /// llm suggested entitlement description
    #[serde(
        rename = "suggestedDescription",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub suggested_description: Option<String>,
    /// entitlement type
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// entitlement value
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sed {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Sed {
            name: None,
            approved_by: None,
            approved_type: None,
            approved_when: None,
            attribute: None,
            description: None,
            display_name: None,
            id: None,
            source_id: None,
            source_name: None,
            status: None,
            suggested_description: None,
            r#type: None,
            value: None,
            additional_properties: Default::default(),
        }
    }
}
