//! `Accessrequestrecommendationactionitemdto`, from `apis/iai-access-request-recommendations/schemas/accessrequestrecommendationactionitemdto.yaml`.

use crate::models::Accessrequestrecommendationitem;

/// `Accessrequestrecommendationactionitemdto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestrecommendationactionitemdto {
    /// The identity ID taking the action.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "identityId")]
    pub identity_id: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<Accessrequestrecommendationitem>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestrecommendationactionitemdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        identity_id: impl Into<String>,
        access: Accessrequestrecommendationitem,
    ) -> Self {
        Accessrequestrecommendationactionitemdto {
            identity_id: identity_id.into(),
            access: Some(access),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestrecommendationactionitemdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestrecommendationactionitemdto {
    const NAME: &'static str = "Accessrequestrecommendationactionitemdto";

    #[inline]
    fn empty() -> Self {
        Accessrequestrecommendationactionitemdto {
            identity_id: Default::default(),
            access: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "identityId" => self.identity_id = map.next_value_seed(crate::lenient::Text)?,
            "access" => self.access = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
