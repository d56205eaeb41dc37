//! `Managedclusterattributes`, from `apis/managed-clusters/schemas/managedclusterattributes.yaml`.

use crate::models::Managedclusterqueue;

/// Managed Cluster Attributes for Cluster Configuration. Supported Cluster Types \[sqsCluster, spConnectCluster\]
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Managedclusterattributes {
    /// ManagedCluster keystore for sqsCluster type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue: Option<Managedclusterqueue>,
    /// ManagedCluster keystore for spConnectCluster type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keystore: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Managedclusterattributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Managedclusterattributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Managedclusterattributes {
    const NAME: &'static str = "Managedclusterattributes";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "queue" => self.queue = map.next_value()?,
            "keystore" => {
                self.keystore = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
