//! `Entitlement`, from `beta/schemas/Entitlement.yaml`.

use crate::models::{
    AdditionalOwnerRef, AttributeDtoList, EntitlementSource, ManuallyUpdatedFieldsDto,
    OwnerReferenceDto, PermissionDto,
};

/// `Entitlement` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Entitlement {
    /// The entitlement id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The entitlement name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Time when the entitlement was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when the entitlement was last modified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The entitlement attribute name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute: Option<String>,
    /// The value of the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    /// The object type of the entitlement from the source schema
    #[serde(
        rename = "sourceSchemaObjectType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_schema_object_type: Option<String>,
    /// True if the entitlement is privileged
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub privileged: Option<bool>,
    /// True if the entitlement is cloud governed
    #[serde(
        rename = "cloudGoverned",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub cloud_governed: Option<bool>,
    /// The description of the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// True if the entitlement is requestable
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub requestable: Option<bool>,
    /// A map of free-form key-value pairs from the source system
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<EntitlementSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<OwnerReferenceDto>,
    /// List of additional owner references beyond the primary owner. Each entry may be an identity (IDENTITY) or a governance group (GOVERNANCE_GROUP).
    #[serde(
        rename = "additionalOwners",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub additional_owners: Option<Vec<AdditionalOwnerRef>>,
    #[serde(
        rename = "directPermissions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub direct_permissions: Option<Vec<PermissionDto>>,
    /// List of IDs of segments, if any, to which this Entitlement is assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<String>>,
    #[serde(
        rename = "manuallyUpdatedFields",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub manually_updated_fields: Option<ManuallyUpdatedFieldsDto>,
    #[serde(
        rename = "accessModelMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_model_metadata: Option<AttributeDtoList>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlement {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Entitlement {
            id: None,
            name: None,
            created: None,
            modified: None,
            attribute: None,
            value: None,
            source_schema_object_type: None,
            privileged: None,
            cloud_governed: None,
            description: None,
            requestable: None,
            attributes: None,
            source: None,
            owner: None,
            additional_owners: None,
            direct_permissions: None,
            segments: None,
            manually_updated_fields: None,
            access_model_metadata: None,
            additional_properties: Default::default(),
        }
    }
}
