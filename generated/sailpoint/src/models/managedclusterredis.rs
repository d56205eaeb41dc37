//! `Managedclusterredis`, from `apis/managed-clusters/schemas/managedclusterredis.yaml`.

/// Managed Cluster Redis Configuration
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Managedclusterredis {
    /// ManagedCluster redisHost
    #[serde(rename = "redisHost", skip_serializing_if = "Option::is_none")]
    pub redis_host: Option<String>,
    /// ManagedCluster redisPort
    #[serde(rename = "redisPort", skip_serializing_if = "Option::is_none")]
    pub redis_port: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Managedclusterredis {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Managedclusterredis {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Managedclusterredis {
    const NAME: &'static str = "Managedclusterredis";

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
            "redisHost" => {
                self.redis_host = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "redisPort" => self.redis_port = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
