//! `Role`, from `v3/schemas/access/Role.yaml`.

use crate::models::{
    AccessProfileRef, AdditionalOwnerRef, AttributeDtoList, DimensionRef, EntitlementRef,
    OwnerReference, RequestabilityForRole, RevocabilityForRole, RoleMembershipSelector,
};

/// A Role
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Role {
    /// The id of the Role. This field must be left null when creating an Role, otherwise a 400 Bad Request error will result.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The human-readable display name of the Role
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Date the Role was created
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date the Role was last modified.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// A human-readable description of the Role
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<OwnerReference>,
    /// List of additional owner references beyond the primary owner. Each entry may be an identity (IDENTITY) or a governance group (GOVERNANCE_GROUP).
    #[serde(
        rename = "additionalOwners",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub additional_owners: Option<Vec<AdditionalOwnerRef>>,
    #[serde(rename = "accessProfiles", default, skip_serializing_if = "Option::is_none")]
    pub access_profiles: Option<Vec<AccessProfileRef>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<EntitlementRef>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub membership: Option<RoleMembershipSelector>,
    /// This field is not directly modifiable and is generally expected to be *null*. In very rare instances, some Roles may have been created using membership selection criteria that are no longer fully supported. While these Roles will still work, they should be migrated to STANDARD or IDENTITY_LIST selection criteria. This field exists for informational purposes as an aid to such migration.
    #[serde(
        rename = "legacyMembershipInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub legacy_membership_info: Option<serde_json::Map<String, serde_json::Value>>,
    /// Whether the Role is enabled or not.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub enabled: Option<bool>,
    /// Whether the Role can be the target of access requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub requestable: Option<bool>,
    /// Access request configuration for this object
    #[serde(
        rename = "accessRequestConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_request_config: Option<RequestabilityForRole>,
    /// Revocation request configuration for this object.
    #[serde(
        rename = "revocationRequestConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub revocation_request_config: Option<RevocabilityForRole>,
    /// List of IDs of segments, if any, to which this Role is assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<String>>,
    /// Whether the Role is dimensional.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub dimensional: Option<bool>,
    /// List of references to dimensions to which this Role is assigned. This field is only relevant if the Role is dimensional.
    #[serde(rename = "dimensionRefs", default, skip_serializing_if = "Option::is_none")]
    pub dimension_refs: Option<Vec<DimensionRef>>,
    #[serde(
        rename = "accessModelMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_model_metadata: Option<AttributeDtoList>,
    /// The privilege level of the role, if applicable.
    #[serde(
        rename = "privilegeLevel",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub privilege_level: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Role {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>, owner: OwnerReference) -> Self {
        Role {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            description: None,
            owner: Some(owner),
            additional_owners: None,
            access_profiles: None,
            entitlements: None,
            membership: None,
            legacy_membership_info: None,
            enabled: None,
            requestable: None,
            access_request_config: None,
            revocation_request_config: None,
            segments: None,
            dimensional: None,
            dimension_refs: None,
            access_model_metadata: None,
            privilege_level: None,
            additional_properties: Default::default(),
        }
    }
}
