//! `Managedclusterrequest`, from `apis/managed-clusters/schemas/managedclusterrequest.yaml`.

use crate::models::Managedclustertypes;

/// Request to create Managed Cluster
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Managedclusterrequest {
    /// ManagedCluster name
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The Type of Cluster
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Managedclustertypes>,
    /// ManagedProcess configuration map
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configuration: Option<std::collections::BTreeMap<String, String>>,
    /// ManagedCluster description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Managedclusterrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Managedclusterrequest {
            name: name.into(),
            r#type: None,
            configuration: None,
            description: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Managedclusterrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Managedclusterrequest {
    const NAME: &'static str = "Managedclusterrequest";

    #[inline]
    fn empty() -> Self {
        Managedclusterrequest {
            name: Default::default(),
            r#type: None,
            configuration: None,
            description: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value()?,
            "configuration" => self.configuration = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
