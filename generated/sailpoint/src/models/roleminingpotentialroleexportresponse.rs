//! `Roleminingpotentialroleexportresponse`, from `apis/iai-role-mining/schemas/roleminingpotentialroleexportresponse.yaml`.

use crate::models::Roleminingpotentialroleexportstate;

/// `Roleminingpotentialroleexportresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleminingpotentialroleexportresponse {
    /// The minimum popularity among identities in the role which an entitlement must have to be included in the report
    #[serde(
        rename = "minEntitlementPopularity",
        skip_serializing_if = "Option::is_none"
    )]
    pub min_entitlement_popularity: Option<i64>,
    /// If false, do not include entitlements that are highly popular among the entire orginization
    #[serde(rename = "includeCommonAccess", skip_serializing_if = "Option::is_none")]
    pub include_common_access: Option<bool>,
    /// ID used to reference this export
    #[serde(rename = "exportId", skip_serializing_if = "Option::is_none")]
    pub export_id: Option<String>,
    /// The status of this export
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Roleminingpotentialroleexportstate>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleminingpotentialroleexportresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleminingpotentialroleexportresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleminingpotentialroleexportresponse {
    const NAME: &'static str = "Roleminingpotentialroleexportresponse";

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
            "minEntitlementPopularity" => {
                self.min_entitlement_popularity = map.next_value()?;
            }
            "includeCommonAccess" => {
                self.include_common_access = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "exportId" => {
                self.export_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
