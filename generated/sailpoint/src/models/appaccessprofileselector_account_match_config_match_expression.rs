//! `AppaccessprofileselectorAccountMatchConfigMatchExpression`, from `apis/apps/schemas/appaccessprofileselector.yaml#/properties/accountMatchConfig/properties/matchExpression`.

use crate::models::Matchterm;

/// `AppaccessprofileselectorAccountMatchConfigMatchExpression` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AppaccessprofileselectorAccountMatchConfigMatchExpression {
    #[serde(rename = "matchTerms", skip_serializing_if = "Option::is_none")]
    pub match_terms: Option<Vec<Matchterm>>,
    /// If it is AND operators for match terms
    #[serde(skip_serializing_if = "Option::is_none")]
    pub and: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AppaccessprofileselectorAccountMatchConfigMatchExpression {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de>
for AppaccessprofileselectorAccountMatchConfigMatchExpression {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object
for AppaccessprofileselectorAccountMatchConfigMatchExpression {
    const NAME: &'static str = "AppaccessprofileselectorAccountMatchConfigMatchExpression";

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
            "matchTerms" => self.match_terms = map.next_value()?,
            "and" => self.and = map.next_value_seed(crate::lenient::FlagOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
