//! `Accessconstraint`, from `apis/certification-campaigns/schemas/accessconstraint.yaml`.

use crate::models::{AccessconstraintOperator, AccessconstraintType};

/// `Accessconstraint` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessconstraint {
    /// Type of Access
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessconstraintType>,
    /// Must be set only if operator is SELECTED.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
    /// Used to determine whether the scope of the campaign should be reduced for selected ids or all.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator: Option<AccessconstraintOperator>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessconstraint {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: AccessconstraintType,
        operator: AccessconstraintOperator,
    ) -> Self {
        Accessconstraint {
            r#type: Some(r#type),
            ids: None,
            operator: Some(operator),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessconstraint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessconstraint {
    const NAME: &'static str = "Accessconstraint";

    #[inline]
    fn empty() -> Self {
        Accessconstraint {
            r#type: None,
            ids: None,
            operator: None,
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
            "ids" => self.ids = map.next_value()?,
            "operator" => self.operator = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
