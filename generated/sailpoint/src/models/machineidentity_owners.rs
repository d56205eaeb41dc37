//! `MachineidentityOwners`, from `apis/machine-identities/schemas/machineidentity.yaml#/allOf/1/properties/owners`.

use crate::models::Basereferencedto;

/// The owner configuration associated to the machine identity
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineidentityOwners {
    /// Defines the identity which is selected as the primary owner
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "primaryIdentity", skip_serializing_if = "Option::is_none")]
    pub primary_identity: Option<Basereferencedto>,
    /// Defines the identities which are selected as secondary owners
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "secondaryIdentities")]
    pub secondary_identities: Vec<Basereferencedto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MachineidentityOwners {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        primary_identity: Basereferencedto,
        secondary_identities: Vec<Basereferencedto>,
    ) -> Self {
        MachineidentityOwners {
            primary_identity: Some(primary_identity),
            secondary_identities,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for MachineidentityOwners {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MachineidentityOwners {
    const NAME: &'static str = "MachineidentityOwners";

    #[inline]
    fn empty() -> Self {
        MachineidentityOwners {
            primary_identity: None,
            secondary_identities: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "primaryIdentity" => self.primary_identity = map.next_value()?,
            "secondaryIdentities" => {
                self.secondary_identities = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
