//! `Role`, from `apis/roles/schemas/role.yaml`.

use crate::models::{
    Additionalownerref, Attributedtolist, Dimensionref, Entitlementref, Ownerreference,
    Requestabilityforrole, Revocabilityforrole, Rolemembershipselector,
    RolesAccessprofileref,
};

/// A Role
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Role {
    /// The id of the Role. This field must be left null when creating an Role, otherwise a 400 Bad Request error will result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The human-readable display name of the Role
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Date the Role was created
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date the Role was last modified.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// A human-readable description of the Role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub owner: Option<Ownerreference>,
    /// List of additional owner references beyond the primary owner. Each entry may be an identity (IDENTITY) or a governance group (GOVERNANCE_GROUP).
    #[serde(rename = "additionalOwners", skip_serializing_if = "Option::is_none")]
    pub additional_owners: Option<Vec<Additionalownerref>>,
    #[serde(rename = "accessProfiles", skip_serializing_if = "Option::is_none")]
    pub access_profiles: Option<Vec<RolesAccessprofileref>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<Entitlementref>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub membership: Option<Rolemembershipselector>,
    /// This field is not directly modifiable and is generally expected to be *null*. In very rare instances, some Roles may have been created using membership selection criteria that are no longer fully supported. While these Roles will still work, they should be migrated to STANDARD or IDENTITY_LIST selection criteria. This field exists for informational purposes as an aid to such migration.
    #[serde(rename = "legacyMembershipInfo", skip_serializing_if = "Option::is_none")]
    pub legacy_membership_info: Option<serde_json::Map<String, serde_json::Value>>,
    /// Whether the Role is enabled or not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Whether the Role can be the target of access requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requestable: Option<bool>,
    /// Access request configuration for this object
    #[serde(rename = "accessRequestConfig", skip_serializing_if = "Option::is_none")]
    pub access_request_config: Option<Requestabilityforrole>,
    /// Revocation request configuration for this object.
    #[serde(rename = "revocationRequestConfig", skip_serializing_if = "Option::is_none")]
    pub revocation_request_config: Option<Revocabilityforrole>,
    /// List of IDs of segments, if any, to which this Role is assigned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<String>>,
    /// Whether the Role is dimensional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensional: Option<bool>,
    /// List of references to dimensions to which this Role is assigned. This field is only relevant if the Role is dimensional.
    #[serde(rename = "dimensionRefs", skip_serializing_if = "Option::is_none")]
    pub dimension_refs: Option<Vec<Dimensionref>>,
    /// This field must be left null or empty when creating an Role, otherwise a 400 Bad Request error will result.
    #[serde(rename = "accessModelMetadata", skip_serializing_if = "Option::is_none")]
    pub access_model_metadata: Option<Attributedtolist>,
    /// The privilege level of the role, if applicable.
    #[serde(rename = "privilegeLevel", skip_serializing_if = "Option::is_none")]
    pub privilege_level: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Role {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Role {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            description: None,
            owner: None,
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

impl<'de> serde::Deserialize<'de> for Role {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Role {
    const NAME: &'static str = "Role";

    #[inline]
    fn empty() -> Self {
        Role {
            id: None,
            name: Default::default(),
            created: None,
            modified: None,
            description: None,
            owner: None,
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

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "additionalOwners" => self.additional_owners = map.next_value()?,
            "accessProfiles" => self.access_profiles = map.next_value()?,
            "entitlements" => self.entitlements = map.next_value()?,
            "membership" => self.membership = map.next_value()?,
            "legacyMembershipInfo" => self.legacy_membership_info = map.next_value()?,
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "requestable" => {
                self.requestable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "accessRequestConfig" => self.access_request_config = map.next_value()?,
            "revocationRequestConfig" => {
                self.revocation_request_config = map.next_value()?;
            }
            "segments" => self.segments = map.next_value()?,
            "dimensional" => {
                self.dimensional = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "dimensionRefs" => self.dimension_refs = map.next_value()?,
            "accessModelMetadata" => self.access_model_metadata = map.next_value()?,
            "privilegeLevel" => {
                self.privilege_level = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
