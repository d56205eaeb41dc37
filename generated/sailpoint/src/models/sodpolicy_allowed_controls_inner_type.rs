//! `SodpolicyAllowedControlsInnerType`, from `apis/sod-policies/schemas/sodpolicy.yaml#/properties/allowedControls/items/properties/type`.

/// Control reference type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodpolicyAllowedControlsInnerType {
    /// `COMPENSATING_CONTROL`
    CompensatingControl,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodpolicyAllowedControlsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodpolicyAllowedControlsInnerType::CompensatingControl => {
                "COMPENSATING_CONTROL"
            }
            SodpolicyAllowedControlsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodpolicyAllowedControlsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "COMPENSATING_CONTROL" => {
                SodpolicyAllowedControlsInnerType::CompensatingControl
            }
            other => SodpolicyAllowedControlsInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodpolicyAllowedControlsInnerType);
