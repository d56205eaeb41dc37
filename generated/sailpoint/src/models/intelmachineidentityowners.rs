//! `Intelmachineidentityowners`, from `apis/intelligence/schemas/intelmachineidentityowners.yaml`.

use crate::models::Intelmachineentityref;

/// Owner references. primaryIdentity is null when no primary owner is set. Primary and
/// secondary owner ids are both considered for derived.isOrphaned evaluation.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelmachineidentityowners {
    /// Primary human owner of the machine identity when assigned.
    #[serde(rename = "primaryIdentity")]
    pub primary_identity: Option<Intelmachineentityref>,
    /// Secondary human owners associated with the machine identity.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "secondaryIdentities")]
    pub secondary_identities: Vec<Intelmachineentityref>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelmachineidentityowners {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(secondary_identities: Vec<Intelmachineentityref>) -> Self {
        Intelmachineidentityowners {
            primary_identity: None,
            secondary_identities,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelmachineidentityowners {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelmachineidentityowners {
    const NAME: &'static str = "Intelmachineidentityowners";

    #[inline]
    fn empty() -> Self {
        Intelmachineidentityowners {
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
