//! `ExpressionOperator`, from `beta/schemas/Expression.yaml`.
crate::string_enum! {
    #[doc = " Operator for the expression"] pub enum ExpressionOperator { #[doc =
    " `AND`"] And = "AND", #[doc = " `EQUALS`"] Equals = "EQUALS", }
}
