//! `Metricaggregation`, from `apis/shared/schemas/metricaggregation.yaml`.

use crate::models::Metrictype;

/// The calculation done on the results of the query
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Metricaggregation {
    /// The name of the metric aggregate to be included in the result.
    /// If the metric aggregation is omitted, the resulting aggregation will be a count of the documents in the search results.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Metrictype>,
    /// The field the calculation is performed on.
    ///
    /// Prefix the field name with '@' to reference a nested object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub field: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Metricaggregation {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>, field: impl Into<String>) -> Self {
        Metricaggregation {
            name: name.into(),
            r#type: None,
            field: field.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Metricaggregation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Metricaggregation {
    const NAME: &'static str = "Metricaggregation";

    #[inline]
    fn empty() -> Self {
        Metricaggregation {
            name: Default::default(),
            r#type: None,
            field: Default::default(),
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
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
