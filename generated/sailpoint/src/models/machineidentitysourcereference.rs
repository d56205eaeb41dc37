//! `Machineidentitysourcereference`, from `apis/triggers/schemas/machineidentitysourcereference.yaml`.

/// Reference to a source of entity.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineidentitysourcereference {
    /// Source Type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Unique identifier.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Display name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Machineidentitysourcereference {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: impl Into<String>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Machineidentitysourcereference {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Machineidentitysourcereference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineidentitysourcereference {
    const NAME: &'static str = "Machineidentitysourcereference";

    #[inline]
    fn empty() -> Self {
        Machineidentitysourcereference {
            r#type: Default::default(),
            id: Default::default(),
            name: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
