//! `Nonemployeesourcelitewithschemaattributes`, from `apis/non-employee-lifecycle-management/schemas/nonemployeesourcelitewithschemaattributes.yaml`.

use crate::models::Nonemployeeschemaattribute;

/// `Nonemployeesourcelitewithschemaattributes` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nonemployeesourcelitewithschemaattributes {
    /// Non-Employee source id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Source Id associated with this non-employee source.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Source name associated with this non-employee source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Source description associated with this non-employee source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// List of schema attributes associated with this non-employee source.
    #[serde(rename = "schemaAttributes", skip_serializing_if = "Option::is_none")]
    pub schema_attributes: Option<Vec<Nonemployeeschemaattribute>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nonemployeesourcelitewithschemaattributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Nonemployeesourcelitewithschemaattributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nonemployeesourcelitewithschemaattributes {
    const NAME: &'static str = "Nonemployeesourcelitewithschemaattributes";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "schemaAttributes" => self.schema_attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
