//! `Filteraggregation`, from `apis/shared/schemas/filteraggregation.yaml`.

use crate::models::Searchfiltertype;

/// An additional filter to constrain the results of the search query.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Filteraggregation {
    /// The name of the filter aggregate to be included in the result.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Searchfiltertype>,
    /// The search field to apply the filter to.
    ///
    /// Prefix the field name with '@' to reference a nested object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub field: String,
    /// The value to filter on.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub value: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Filteraggregation {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        field: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        Filteraggregation {
            name: name.into(),
            r#type: None,
            field: field.into(),
            value: value.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Filteraggregation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Filteraggregation {
    const NAME: &'static str = "Filteraggregation";

    #[inline]
    fn empty() -> Self {
        Filteraggregation {
            name: Default::default(),
            r#type: None,
            field: Default::default(),
            value: Default::default(),
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
            "field" => self.field = map.next_value_seed(crate::lenient::Text)?,
            "value" => self.value = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
