//! `Approvalcomment2`, from `apis/search/schemas/approvalcomment-2.yaml`.

use crate::models::Datetime;

/// `Approvalcomment2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approvalcomment2 {
    /// The comment text
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The name of the commenter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commenter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Datetime>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approvalcomment2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approvalcomment2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approvalcomment2 {
    const NAME: &'static str = "Approvalcomment2";

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
            "comment" => self.comment = map.next_value_seed(crate::lenient::TextOption)?,
            "commenter" => {
                self.commenter = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "date" => self.date = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
