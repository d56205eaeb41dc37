//! `Intelmachinesourcewire`, from `apis/intelligence/schemas/intelmachinesourcewire.yaml`.

/// `Intelmachinesourcewire` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelmachinesourcewire {
    /// Source identifier.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Source display name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Source type label from upstream.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelmachinesourcewire {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Intelmachinesourcewire {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelmachinesourcewire {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelmachinesourcewire {
    const NAME: &'static str = "Intelmachinesourcewire";

    #[inline]
    fn empty() -> Self {
        Intelmachinesourcewire {
            id: Default::default(),
            name: Default::default(),
            r#type: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
