//! `Machineidentityrequest`, from `apis/machine-identities/schemas/machineidentityrequest.yaml`.

use crate::models::{MachineidentityOwners, MachineidentityrequestUserEntitlementsInner};

/// `Machineidentityrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineidentityrequest {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The native identity associated to the machine identity directly aggregated from a source
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "nativeIdentity")]
    pub native_identity: String,
    /// Description of machine identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A map of custom machine identity attributes
    ///
    /// The spec declares an object, but its example is not one, so any JSON value is read there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Value>,
    /// The subtype value associated to the machine identity
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub subtype: String,
    /// The owner configuration associated to the machine identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owners: Option<MachineidentityOwners>,
    /// The source id associated to the machine identity
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The UUID associated to the machine identity directly aggregated from a source
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The user entitlements associated to the machine identity
    #[serde(rename = "userEntitlements", skip_serializing_if = "Option::is_none")]
    pub user_entitlements: Option<Vec<MachineidentityrequestUserEntitlementsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineidentityrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(native_identity: impl Into<String>, subtype: impl Into<String>) -> Self {
        Machineidentityrequest {
            id: None,
            name: None,
            created: None,
            modified: None,
            native_identity: native_identity.into(),
            description: None,
            attributes: None,
            subtype: subtype.into(),
            owners: None,
            source_id: None,
            uuid: None,
            user_entitlements: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Machineidentityrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineidentityrequest {
    const NAME: &'static str = "Machineidentityrequest";

    #[inline]
    fn empty() -> Self {
        Machineidentityrequest {
            id: None,
            name: None,
            created: None,
            modified: None,
            native_identity: Default::default(),
            description: None,
            attributes: None,
            subtype: Default::default(),
            owners: None,
            source_id: None,
            uuid: None,
            user_entitlements: None,
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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::Text)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributes" => self.attributes = map.next_value()?,
            "subtype" => self.subtype = map.next_value_seed(crate::lenient::Text)?,
            "owners" => self.owners = map.next_value()?,
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "uuid" => self.uuid = map.next_value_seed(crate::lenient::TextOption)?,
            "userEntitlements" => self.user_entitlements = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
