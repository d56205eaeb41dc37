//! `Scope`, from `apis/data-segmentation/schemas/scope.yaml`.

use crate::models::{Scopetype, Scopevisibilitytype, Selection, Visibilitycriteria};

/// This defines what access the segment is giving
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Scope {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scopetype>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<Scopevisibilitytype>,
    #[serde(rename = "scopeFilter", skip_serializing_if = "Option::is_none")]
    pub scope_filter: Option<Visibilitycriteria>,
    #[serde(rename = "scopeSelection", skip_serializing_if = "Option::is_none")]
    pub scope_selection: Option<Selection>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Scope {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Scope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Scope {
    const NAME: &'static str = "Scope";

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
            "scope" => self.scope = map.next_value()?,
            "visibility" => self.visibility = map.next_value()?,
            "scopeFilter" => self.scope_filter = map.next_value()?,
            "scopeSelection" => self.scope_selection = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
