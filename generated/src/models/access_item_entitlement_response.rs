//! `AccessItemEntitlementResponse`, from `beta/schemas/AccessItemEntitlementResponse.yaml`.

/// `AccessItemEntitlementResponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessItemEntitlementResponse {
    /// the access item id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the access item type. entitlement in this case
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub access_type: Option<String>,
    /// the display name of the identity
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// the name of the source
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// the entitlement attribute
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub attribute: String,
    /// the associated value
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub value: String,
    /// the type of entitlement
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// the description for the entitlment
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// the id of the source
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// indicates whether the entitlement is standalone
    #[serde(default, deserialize_with = "crate::lenient::boolean_option")]
    pub standalone: Option<bool>,
    /// indicates whether the entitlement is privileged
    #[serde(default, deserialize_with = "crate::lenient::boolean_option")]
    pub privileged: Option<bool>,
    /// indicates whether the entitlement is cloud governed
    #[serde(
        rename = "cloudGoverned",
        default,
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub cloud_governed: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessItemEntitlementResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        attribute: impl Into<String>,
        value: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        AccessItemEntitlementResponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            attribute: attribute.into(),
            value: value.into(),
            r#type: r#type.into(),
            description: None,
            source_id: None,
            standalone: None,
            privileged: None,
            cloud_governed: None,
            additional_properties: Default::default(),
        }
    }
}
