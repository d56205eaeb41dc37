//! `RolelistfilterdtoAmmKeyValuesInner`, from `apis/roles/schemas/rolelistfilterdto.yaml#/properties/ammKeyValues/items`.

/// `RolelistfilterdtoAmmKeyValuesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RolelistfilterdtoAmmKeyValuesInner {
    /// attribute key of a metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// A list of attribute key names to filter roles. If the values is empty, will only filter by attribute key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RolelistfilterdtoAmmKeyValuesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for RolelistfilterdtoAmmKeyValuesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for RolelistfilterdtoAmmKeyValuesInner {
    const NAME: &'static str = "RolelistfilterdtoAmmKeyValuesInner";

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
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "values" => self.values = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
