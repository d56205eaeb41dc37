//! `Matchterm`, from `apis/apps/schemas/matchterm.yaml`.

/// `Matchterm` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Matchterm {
    /// The attribute name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The attribute value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The operator between name and value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub op: Option<String>,
    /// If it is a container or a real match term
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container: Option<bool>,
    /// If it is AND logical operator for the children match terms
    #[serde(skip_serializing_if = "Option::is_none")]
    pub and: Option<bool>,
    /// The children under this match term
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Matchterm {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Matchterm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Matchterm {
    const NAME: &'static str = "Matchterm";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "op" => self.op = map.next_value_seed(crate::lenient::TextOption)?,
            "container" => {
                self.container = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "and" => self.and = map.next_value_seed(crate::lenient::FlagOption)?,
            "children" => self.children = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
