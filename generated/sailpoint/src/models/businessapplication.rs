//! `Businessapplication`, from `apis/business-applications/schemas/businessapplication.yaml`.

use crate::models::{
    Basereferencedto, Businessapplicationorigin, Businessapplicationsignature,
    Sanctionedstatus,
};

/// A Business Application groups machine identities (for example AI agents or applications) under a common owner and sanctioned status, either discovered from a source or defined by an administrator.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Businessapplication {
    /// Business Application ID. Assigned by the service on create.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Human-readable display name. Must be unique within the tenant.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Free-text description of the Business Application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Vendor or publisher of the Business Application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vendor: Option<String>,
    /// Signatures used to automatically correlate machine identities to this Business Application. Modifying this field requires the custom Business Application feature to be enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signatures: Option<Vec<Businessapplicationsignature>>,
    /// Primary owner of the Business Application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Basereferencedto>,
    /// Additional (secondary) owners of the Business Application.
    #[serde(rename = "additionalOwners", skip_serializing_if = "Option::is_none")]
    pub additional_owners: Option<Vec<Basereferencedto>>,
    /// Sanctioned status of the Business Application. Defaults to `UNKNOWN`.
    #[serde(rename = "sanctionedStatus", skip_serializing_if = "Option::is_none")]
    pub sanctioned_status: Option<Sanctionedstatus>,
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Businessapplicationorigin>,
    /// Discovery source of the Business Application. `null` for out-of-the-box or administrator-defined Business Applications that were not discovered from a source.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Basereferencedto>,
    /// Time the Business Application was created.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Time the Business Application was last modified.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Businessapplication {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Businessapplication {
            id: None,
            name: name.into(),
            description: None,
            vendor: None,
            signatures: None,
            owner: None,
            additional_owners: None,
            sanctioned_status: None,
            origin: None,
            source: None,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Businessapplication {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Businessapplication {
    const NAME: &'static str = "Businessapplication";

    #[inline]
    fn empty() -> Self {
        Businessapplication {
            id: None,
            name: Default::default(),
            description: None,
            vendor: None,
            signatures: None,
            owner: None,
            additional_owners: None,
            sanctioned_status: None,
            origin: None,
            source: None,
            created: None,
            modified: None,
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
            "vendor" => self.vendor = map.next_value_seed(crate::lenient::TextOption)?,
            "signatures" => self.signatures = map.next_value()?,
            "owner" => self.owner = map.next_value()?,
            "additionalOwners" => self.additional_owners = map.next_value()?,
            "sanctionedStatus" => self.sanctioned_status = map.next_value()?,
            "origin" => self.origin = map.next_value()?,
            "source" => self.source = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
