//! `Assignmentcontextdto`, from `apis/identities/schemas/assignmentcontextdto.yaml`.

use crate::models::{Accessrequestcontext, Rolematchdto};

/// `Assignmentcontextdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Assignmentcontextdto {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested: Option<Accessrequestcontext>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched: Option<Vec<Rolematchdto>>,
    /// Date that the assignment will was evaluated
    #[serde(rename = "computedDate", skip_serializing_if = "Option::is_none")]
    pub computed_date: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Assignmentcontextdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Assignmentcontextdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Assignmentcontextdto {
    const NAME: &'static str = "Assignmentcontextdto";

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
            "requested" => self.requested = map.next_value()?,
            "matched" => self.matched = map.next_value()?,
            "computedDate" => {
                self.computed_date = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
