//! `Jitactivationdeactivaterequest`, from `apis/jit-activations/schemas/jitactivationdeactivaterequest.yaml`.

/// `Jitactivationdeactivaterequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Jitactivationdeactivaterequest {
    /// Entitlement connection identifier for the activation to deactivate.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "connectionId")]
    pub connection_id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Jitactivationdeactivaterequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(connection_id: impl Into<String>) -> Self {
        Jitactivationdeactivaterequest {
            connection_id: connection_id.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Jitactivationdeactivaterequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Jitactivationdeactivaterequest {
    const NAME: &'static str = "Jitactivationdeactivaterequest";

    #[inline]
    fn empty() -> Self {
        Jitactivationdeactivaterequest {
            connection_id: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "connectionId" => {
                self.connection_id = map.next_value_seed(crate::lenient::Text)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
