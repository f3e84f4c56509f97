package org.tradekit.label.stock;

/** The outline of one label; {@link #width()} x {@link #height()} is the box it is placed by. */
public sealed interface LabelShape {
    Length width();

    Length height();

    /** A rectangle, possibly with rounded corners. */
    record Rectangle(Length width, Length height, Length cornerRadius) implements LabelShape {
    }

    /** A round label (a disc) of the given radius. */
    record Round(Length radius) implements LabelShape {
        @Override
        public Length width() {
            return radius.times(2);
        }

        @Override
        public Length height() {
            return width();
        }
    }

    /** An ellipse inscribed in its box. */
    record Ellipse(Length width, Length height) implements LabelShape {
    }

    /**
     * A CD/DVD label: a disc with a centre hole; business-card CDs clip the disc to a narrower box
     * (width/height smaller than the diameter).
     */
    record Cd(Length radius, Length hole, Length width, Length height) implements LabelShape {
        public Cd(Length radius, Length hole) {
            this(radius, hole, radius.times(2), radius.times(2));
        }
    }
}
