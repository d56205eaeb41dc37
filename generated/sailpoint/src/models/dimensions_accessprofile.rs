//! `DimensionsAccessprofile`, from `apis/dimensions/schemas/accessprofile.yaml`.

use crate::models::{
    Additionalownerref, Attributedtolist, DimensionsAccessprofilesourceref,
    DimensionsProvisioningcriterialevel1, DimensionsRequestability,
    DimensionsRevocability, Entitlementref, Ownerreference,
};

/// Access profile.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DimensionsAccessprofile {
    /// Access profile ID.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Access profile name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Access profile description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Date and time when the access profile was created.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date and time when the access profile was last modified.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Indicates whether the access profile is enabled. If it's enabled, you must include at least one entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Access profile owner.
    pub owner: Option<Ownerreference>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<DimensionsAccessprofilesourceref>,
    /// List of entitlements associated with the access profile. If `enabled` is false, this can be empty. Otherwise, it must contain at least one entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<Entitlementref>>,
    /// Indicates whether the access profile is requestable by access request. Currently, making an access profile non-requestable is only supported  for customers enabled with the new Request Center. Otherwise, attempting to create an access profile with a value  **false** in this field results in a 400 error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requestable: Option<bool>,
    /// Access request configuration for the object.
    #[serde(rename = "accessRequestConfig", skip_serializing_if = "Option::is_none")]
    pub access_request_config: Option<DimensionsRequestability>,
    /// Revocation request configuration for the object.
    #[serde(rename = "revocationRequestConfig", skip_serializing_if = "Option::is_none")]
    pub revocation_request_config: Option<DimensionsRevocability>,
    /// List of segment IDs, if any, that the access profile is assigned to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<String>>,
    /// This field must be left null or empty when creating an Role, otherwise a 400 Bad Request error will result.
    #[serde(rename = "accessModelMetadata", skip_serializing_if = "Option::is_none")]
    pub access_model_metadata: Option<Attributedtolist>,
    /// When an identity has multiple accounts on the source the access profile is associated with, the API evaluates this expression against those accounts to choose one to provision with the access profile.
    #[serde(rename = "provisioningCriteria", skip_serializing_if = "Option::is_none")]
    pub provisioning_criteria: Option<DimensionsProvisioningcriterialevel1>,
    /// List of additional owner references beyond the primary owner. Each entry may be an identity (IDENTITY) or a governance group (GOVERNANCE_GROUP).
    #[serde(rename = "additionalOwners", skip_serializing_if = "Option::is_none")]
    pub additional_owners: Option<Vec<Additionalownerref>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DimensionsAccessprofile {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        source: DimensionsAccessprofilesourceref,
    ) -> Self {
        DimensionsAccessprofile {
            id: None,
            name: name.into(),
            description: None,
            created: None,
            modified: None,
            enabled: None,
            owner: None,
            source: Some(source),
            entitlements: None,
            requestable: None,
            access_request_config: None,
            revocation_request_config: None,
            segments: None,
            access_model_metadata: None,
            provisioning_criteria: None,
            additional_owners: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for DimensionsAccessprofile {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for DimensionsAccessprofile {
    const NAME: &'static str = "DimensionsAccessprofile";

    #[inline]
    fn empty() -> Self {
        DimensionsAccessprofile {
            id: None,
            name: Default::default(),
            description: None,
            created: None,
            modified: None,
            enabled: None,
            owner: None,
            source: None,
            entitlements: None,
            requestable: None,
            access_request_config: None,
            revocation_request_config: None,
            segments: None,
            access_model_metadata: None,
            provisioning_criteria: None,
            additional_owners: None,
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
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "owner" => self.owner = map.next_value()?,
            "source" => self.source = map.next_value()?,
            "entitlements" => self.entitlements = map.next_value()?,
            "requestable" => {
                self.requestable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "accessRequestConfig" => self.access_request_config = map.next_value()?,
            "revocationRequestConfig" => {
                self.revocation_request_config = map.next_value()?;
            }
            "segments" => self.segments = map.next_value()?,
            "accessModelMetadata" => self.access_model_metadata = map.next_value()?,
            "provisioningCriteria" => self.provisioning_criteria = map.next_value()?,
            "additionalOwners" => self.additional_owners = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
