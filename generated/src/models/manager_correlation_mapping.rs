//! `ManagerCorrelationMapping`, from `beta/schemas/ManagerCorrelationMapping.yaml`.

/// `ManagerCorrelationMapping` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManagerCorrelationMapping {
    /// Name of the attribute to use for manager correlation. The value found on the account attribute will be used to lookup the manager's identity.
    #[serde(
        rename = "accountAttributeName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account_attribute_name: Option<String>,
    /// Name of the identity attribute to search when trying to find a manager using the value from the accountAttribute.
    #[serde(
        rename = "identityAttributeName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_attribute_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ManagerCorrelationMapping {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ManagerCorrelationMapping {
            account_attribute_name: None,
            identity_attribute_name: None,
            additional_properties: Default::default(),
        }
    }
}
