//! `Recommendation`, from `apis/accounts/schemas/recommendation.yaml`.

use crate::models::{RecommendationMethod, RecommendationType};

/// `Recommendation` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Recommendation {
    /// Recommended type of account.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RecommendationType>,
    /// Method used to produce the recommendation. DISCOVERY - suggested by AI, SOURCE - the account comes from a source flagged as containing machine accounts, CRITERIA - the account satisfies classification criteria.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<RecommendationMethod>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Recommendation {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: RecommendationType, method: RecommendationMethod) -> Self {
        Recommendation {
            r#type: Some(r#type),
            method: Some(method),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Recommendation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Recommendation {
    const NAME: &'static str = "Recommendation";

    #[inline]
    fn empty() -> Self {
        Recommendation {
            r#type: None,
            method: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "method" => self.method = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
