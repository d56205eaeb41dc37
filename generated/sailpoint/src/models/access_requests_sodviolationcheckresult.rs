//! `AccessRequestsSodviolationcheckresult`, from `apis/access-requests/schemas/sodviolationcheckresult.yaml`.

use crate::models::{
    AccessRequestsSodpolicydto, AccessRequestsSodviolationcontext, Errormessagedto,
};

/// The inner object representing the completed SOD Violation check
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessRequestsSodviolationcheckresult {
    /// If the request failed, this includes any error message that was generated.
    ///
    /// The spec declares one item here, but its example is a list, so this is a list; a lone item is read as a list of one.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::lenient::one_as_item_option"
    )]
    pub message: Option<Vec<Errormessagedto>>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on completion of the violation check.
    #[serde(rename = "clientMetadata", skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "violationContexts", skip_serializing_if = "Option::is_none")]
    pub violation_contexts: Option<Vec<AccessRequestsSodviolationcontext>>,
    /// A list of the SOD policies that were violated.
    #[serde(rename = "violatedPolicies", skip_serializing_if = "Option::is_none")]
    pub violated_policies: Option<Vec<AccessRequestsSodpolicydto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestsSodviolationcheckresult {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AccessRequestsSodviolationcheckresult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessRequestsSodviolationcheckresult {
    const NAME: &'static str = "AccessRequestsSodviolationcheckresult";

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
            "message" => {
                self.message = map.next_value_seed(crate::lenient::OneOrManyOption::NEW)?;
            }
            "clientMetadata" => self.client_metadata = map.next_value()?,
            "violationContexts" => self.violation_contexts = map.next_value()?,
            "violatedPolicies" => self.violated_policies = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
