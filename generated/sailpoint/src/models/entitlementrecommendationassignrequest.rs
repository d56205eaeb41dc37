//! `Entitlementrecommendationassignrequest`, from `apis/suggested-entitlement-description/schemas/entitlementrecommendationassignrequest.yaml`.

use crate::models::Entitlementrecommendationassignee;

/// Request body for assigning a set of entitlement recommendations to a reviewer.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementrecommendationassignrequest {
    /// The list of recommendation record IDs to assign.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub items: Vec<String>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<Entitlementrecommendationassignee>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementrecommendationassignrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(items: Vec<String>, assignee: Entitlementrecommendationassignee) -> Self {
        Entitlementrecommendationassignrequest {
            items,
            assignee: Some(assignee),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementrecommendationassignrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementrecommendationassignrequest {
    const NAME: &'static str = "Entitlementrecommendationassignrequest";

    #[inline]
    fn empty() -> Self {
        Entitlementrecommendationassignrequest {
            items: Default::default(),
            assignee: None,
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
            "assignee" => self.assignee = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
