//! `Bulkapproveentitlementrecommendationrequest`, from `apis/suggested-entitlement-description/schemas/bulkapproveentitlementrecommendationrequest.yaml`.

use crate::models::Bulkapproveentitlementrecommendationitem;

/// Request body for bulk-approving a set of entitlement recommendations.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Bulkapproveentitlementrecommendationrequest {
    /// The list of recommendation items to approve.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub items: Vec<Bulkapproveentitlementrecommendationitem>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Bulkapproveentitlementrecommendationrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(items: Vec<Bulkapproveentitlementrecommendationitem>) -> Self {
        Bulkapproveentitlementrecommendationrequest {
            items,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Bulkapproveentitlementrecommendationrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Bulkapproveentitlementrecommendationrequest {
    const NAME: &'static str = "Bulkapproveentitlementrecommendationrequest";

    #[inline]
    fn empty() -> Self {
        Bulkapproveentitlementrecommendationrequest {
            items: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "items" => {
                self.items = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
