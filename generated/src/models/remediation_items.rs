//! `RemediationItems`, from `beta/schemas/RemediationItemDetails.yaml`.

/// `RemediationItems` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RemediationItems {
    /// The ID of the certification
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The ID of the certification target
    #[serde(
        rename = "targetId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub target_id: Option<String>,
    /// The name of the certification target
    #[serde(
        rename = "targetName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub target_name: Option<String>,
    /// The display name of the certification target
    #[serde(
        rename = "targetDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub target_display_name: Option<String>,
    /// The name of the application/source
    #[serde(
        rename = "applicationName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub application_name: Option<String>,
    /// The name of the attribute being certified
    #[serde(
        rename = "attributeName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute_name: Option<String>,
    /// The operation of the certification on the attribute
    #[serde(
        rename = "attributeOperation",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute_operation: Option<String>,
    /// The value of the attribute being certified
    #[serde(
        rename = "attributeValue",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute_value: Option<String>,
    /// The native identity of the target
    #[serde(
        rename = "nativeIdentity",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub native_identity: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RemediationItems {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RemediationItems {
            id: None,
            target_id: None,
            target_name: None,
            target_display_name: None,
            application_name: None,
            attribute_name: None,
            attribute_operation: None,
            attribute_value: None,
            native_identity: None,
            additional_properties: Default::default(),
        }
    }
}
