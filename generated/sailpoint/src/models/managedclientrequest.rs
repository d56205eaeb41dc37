//! `Managedclientrequest`, from `apis/managed-clients/schemas/managedclientrequest.yaml`.

/// Managed Client Request
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Managedclientrequest {
    /// Cluster ID that the ManagedClient is linked to
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "clusterId")]
    pub cluster_id: String,
    /// description for the ManagedClient to create
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// name for the ManagedClient to create
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Type of the ManagedClient (VA, CCG) to create
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Managedclientrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(cluster_id: impl Into<String>) -> Self {
        Managedclientrequest {
            cluster_id: cluster_id.into(),
            description: None,
            name: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Managedclientrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Managedclientrequest {
    const NAME: &'static str = "Managedclientrequest";

    #[inline]
    fn empty() -> Self {
        Managedclientrequest {
            cluster_id: Default::default(),
            description: None,
            name: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "clusterId" => self.cluster_id = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
